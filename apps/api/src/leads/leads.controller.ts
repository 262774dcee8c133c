import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiProperty, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { TouchRecordedDto } from '../customers/dto/write-answers.dto.js';
import { WebLeadDto } from './dto/web-lead.dto.js';
import { LeadRateLimitGuard } from './lead-rate-limit.guard.js';
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
  @UseGuards(LeadRateLimitGuard)
  @WriteRoute()
  @ApiOperation({ summary: 'The public web form: records a lead, registering the customer when the email is new' })
  @ApiCreatedResponse({ type: LeadAcceptedDto })
  @ApiTooManyRequestsResponse({ description: 'Too many submissions from this client address (WEB_LEAD_RATE_LIMIT per WEB_LEAD_RATE_WINDOW_SECONDS)' })
  @ApiPayloadTooLargeResponse({ description: 'A body over WEB_LEAD_BODY_LIMIT_BYTES (16 KiB)' })
  capture(@Body() body: WebLeadDto, @Write() write: WriteContext) {
    return this.leads.capture(body, write);
  }
}
