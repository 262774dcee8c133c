import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@crm/auth';
import { Write, WriteRoute, type WriteContext } from '@crm/commands';
import { TouchRecordedDto } from '../customers/dto/write-answers.dto.js';
import { WebLeadDto } from './dto/web-lead.dto.js';
import { LeadsService } from './leads.service.js';

class LeadAcceptedDto extends TouchRecordedDto {
  @ApiProperty({ description: 'The customer the lead was recorded on (new when the email was)' })
  customerId: string;
}

@ApiTags('leads')
@Controller('leads')
export class LeadsController {
  constructor(private readonly leads: LeadsService) {}

  @Post()
  @Public()
  @WriteRoute()
  @ApiOperation({ summary: 'The public web form: records a lead, registering the customer when the email is new' })
  @ApiCreatedResponse({ type: LeadAcceptedDto })
  capture(@Body() body: WebLeadDto, @Write() write: WriteContext) {
    return this.leads.capture(body, write);
  }
}
