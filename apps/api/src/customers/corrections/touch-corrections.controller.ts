import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { ApiErrors } from '#crm/http';
import { WriteAnswerDto } from '../dto/write-answers.dto.js';
import { TouchParams, VoidTouchDto, type TouchCorrectionFields } from './touch-correction.dto.js';
import { TouchCorrectionsService } from './touch-corrections.service.js';

@ApiTags('customers')
@Controller('customers/:id/touches/:eventId')
export class TouchCorrectionsController {
  constructor(private readonly corrections: TouchCorrectionsService) {}

  @Post('void')
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Void a touch recorded by mistake: the history keeps it, every read model takes it back' })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  void(@Param() { id, eventId }: TouchParams, @Body() body: VoidTouchDto, @Write() write: WriteContext) {
    return this.corrections.void(id, eventId, body, write);
  }

  @Post('correct')
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({
    summary: 'Correct fields of a touch: the history keeps the original, the read models show the corrected values',
    description:
      'The body holds the fields to change, by the names the touch type takes when recorded (`durationSeconds`, `text`, `amount`...). ' +
      'A field the type does not have, or one that names the touch (order, complaint, task, campaign ids), is 400 naming it.',
  })
  @ApiBody({ schema: { type: 'object', additionalProperties: true, example: { durationSeconds: 420 } } })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  correct(@Param() { id, eventId }: TouchParams, @Body() fields: TouchCorrectionFields, @Write() write: WriteContext) {
    return this.corrections.correct(id, eventId, fields, write);
  }
}
