import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiExtraModels, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { TouchRecordedDto } from '../dto/write-answers.dto.js';
import { TouchBodyPipe, type ValidatedTouch } from './touch-body.pipe.js';
import { touchKinds } from './touch-kinds.js';
import { TouchesService } from './touches.service.js';

const touchDtos = Object.values(touchKinds).map((kind) => kind.dto);

@ApiTags('customers')
@Controller('customers/:id/touches')
export class TouchesController {
  constructor(private readonly touches: TouchesService) {}

  @Post()
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Record a touch: `type` selects which, and which fields it takes' })
  @ApiExtraModels(...touchDtos)
  @ApiBody({
    schema: {
      oneOf: touchDtos.map((dto) => ({ $ref: getSchemaPath(dto) })),
      discriminator: {
        propertyName: 'type',
        mapping: Object.fromEntries(Object.entries(touchKinds).map(([type, kind]) => [type, getSchemaPath(kind.dto)])),
      },
    },
  })
  @ApiCreatedResponse({ type: TouchRecordedDto })
  record(@Param('id') id: string, @Body(TouchBodyPipe) touch: ValidatedTouch, @Write() write: WriteContext) {
    return this.touches.record(id, touch, write);
  }
}
