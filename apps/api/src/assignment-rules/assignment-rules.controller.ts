import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { ApiErrors } from '#crm/http';
import { WriteAnswerDto } from '../customers/dto/write-answers.dto.js';
import { AssignmentRulesViewDto, DefineAssignmentRulesDto } from './assignment-rules.dto.js';
import { AssignmentRulesService } from './assignment-rules.service.js';

@ApiTags('lead routing')
@Controller('assignment-rules')
export class AssignmentRulesController {
  constructor(private readonly rules: AssignmentRulesService) {}

  @Get()
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: 'The lead assignment rules in force, in the order they are tried' })
  @ApiOkResponse({ type: AssignmentRulesViewDto })
  @ApiErrors([400, 401, 403, 429, 503])
  list() {
    return this.rules.list();
  }

  @Put()
  @Roles('admin')
  @WriteRoute()
  @ApiOperation({ summary: 'Define the lead assignment rules (replaces them all; round-robin takes what no rule does)' })
  @ApiOkResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 415, 429, 503])
  define(@Body() body: DefineAssignmentRulesDto, @Write() write: WriteContext) {
    return this.rules.define(body, write);
  }
}
