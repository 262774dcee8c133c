import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '#crm/http';
import { Public } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { WebLeadDto } from './dto/web-lead.dto.js';
import { LeadRateLimitGuard } from './lead-rate-limit.guard.js';
import { LeadsService } from './leads.service.js';

class LeadAcceptedDto {
  @ApiProperty({ description: 'The customer the email names (a hash of the address): the same whether it was new, known or erased' })
  customerId: string;
}

@ApiTags('leads')
@Controller('leads')
export class LeadsController {
  constructor(private readonly leads: LeadsService) {}

  @Post()
  @Public()
  @UseGuards(LeadRateLimitGuard)
  @WriteRoute({ ifMatch: false })
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'The public web form: records a lead, registering the customer when the email is new',
    description:
      'Every submission the checks accept gets the same 202, whether the email is new, known or erased, or the honeypot is filled; no revision or position, so the answer never tells whether someone is a customer. Nothing is recorded for an erased customer or a bot.',
  })
  @ApiAcceptedResponse({ type: LeadAcceptedDto })
  @ApiErrors([400, 413, 415, 429, 503], {
    413: 'A body over WEB_LEAD_BODY_LIMIT_BYTES (16 KiB)',
    429: 'Too many submissions from this client address (WEB_LEAD_RATE_LIMIT per WEB_LEAD_RATE_WINDOW_SECONDS)',
  })
  capture(@Body() body: WebLeadDto, @Write() write: WriteContext) {
    return this.leads.capture(body, write);
  }
}
