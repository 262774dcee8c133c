import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '#crm/http';
import type { StaffItem } from '#crm/projections';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { WriteAnswerDto } from '../customers/dto/write-answers.dto.js';
import { CustomerIdParams as StaffIdParams } from '../directory/customer-id.params.js';
import { RegisterStaffDto } from './dto/register-staff.dto.js';
import { SetTimeZoneDto } from './dto/set-time-zone.dto.js';
import { StaffService } from './staff.service.js';

class StaffRegisteredDto {
  @ApiProperty()
  id: string;
}

class StaffMemberDto {
  @ApiProperty({ example: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69' })
  staffId: string;

  @ApiProperty({ nullable: true, type: String, example: 'Maria Puig', description: 'null once erased' })
  name: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'maria@example.com' })
  email: string | null;

  @ApiProperty({ example: 'Account manager' })
  title: string;

  @ApiProperty({ nullable: true, type: String, description: 'The manager, a staff id' })
  managerId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Jordi Vidal' })
  managerName: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Catalonia' })
  region: string | null;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ example: 'Europe/Madrid', description: 'IANA time zone; UTC until one is set' })
  timeZone: string;
}

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @Roles('operator', 'analyst', 'compliance')
  @ApiOperation({ summary: 'Every staff member, with their manager and region (from the staff projection)' })
  @ApiOkResponse({ type: [StaffMemberDto] })
  @ApiErrors([400, 401, 403, 429, 503])
  list(): Promise<StaffItem[]> {
    return this.staff.list();
  }

  @Post()
  @Roles('admin')
  @WriteRoute()
  @ApiOperation({ summary: 'Register a staff member (salespeople, owners of customers and deals)' })
  @ApiCreatedResponse({ type: StaffRegisteredDto })
  @ApiErrors([400, 401, 403, 415, 429, 503])
  register(@Body() body: RegisterStaffDto, @Write() write: WriteContext) {
    return this.staff.register(body, write);
  }

  @Put(':id/time-zone')
  @Roles('admin')
  @WriteRoute()
  @ApiOperation({ summary: 'Set the time zone a staff member works in (their reminders’ and digest’s "today")' })
  @ApiOkResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503], { 404: 'No such staff member' })
  setTimeZone(@Param() params: StaffIdParams, @Body() body: SetTimeZoneDto, @Write() write: WriteContext) {
    return this.staff.setTimeZone(params.id, body, write);
  }
}
