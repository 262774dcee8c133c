import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { RegisterStaffDto } from './dto/register-staff.dto.js';
import { StaffService } from './staff.service.js';

class StaffRegisteredDto {
  @ApiProperty()
  id: string;
}

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Post()
  @Roles('admin')
  @WriteRoute()
  @ApiOperation({ summary: 'Register a staff member (salespeople, owners of customers and deals)' })
  @ApiCreatedResponse({ type: StaffRegisteredDto })
  register(@Body() body: RegisterStaffDto, @Write() write: WriteContext) {
    return this.staff.register(body, write);
  }
}
