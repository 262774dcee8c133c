import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import type { DirectoryPage } from '#crm/projections';
import { DirectoryQueryDto } from './directory-query.dto.js';
import { DirectoryService } from './directory.service.js';

@ApiTags('read models')
@Controller('customers')
@Roles('operator', 'analyst')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @ApiOperation({ summary: 'The customer directory by name: search (q) by name, email or phone; filter by stage, segment, owner, organization; cursor paging' })
  search(@Query() query: DirectoryQueryDto): Promise<DirectoryPage> {
    return this.directory.search(query);
  }
}
