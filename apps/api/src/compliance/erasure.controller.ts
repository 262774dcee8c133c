import { Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { ErasureService } from './erasure.service.js';

@ApiTags('compliance')
@Controller('customers/:id/erasure')
@Roles('compliance')
export class ErasureController {
  constructor(private readonly erasure: ErasureService) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @WriteRoute()
  @ApiOperation({ summary: 'Erase a person: record CustomerErased and destroy their data key; their personal data becomes unreadable everywhere' })
  erase(@Param('id') id: string, @Write() write: WriteContext) {
    return this.erasure.erase(id, write);
  }
}
