import { ApiProperty } from '@nestjs/swagger';
import { ExternalIdDto } from '../customers/dto/external-id.dto.js';

const text = (example?: string) => ({ type: String, nullable: true, ...(example ? { example } : {}) });

class DirectoryLifecycleDto {
  @ApiProperty({ example: 'customer' })
  stage: string;

  @ApiProperty(text('A'))
  grade: string | null;
}

class DirectoryItemDto {
  @ApiProperty({ format: 'uuid' })
  customerId: string;

  @ApiProperty({ enum: ['person', 'organization'], example: 'person' })
  kind: string;

  @ApiProperty({ required: false, example: 'Ada Lovelace', description: 'A marker once the person is erased; absent for analysts, who read no personal data' })
  name?: string;

  @ApiProperty({ ...text('ada@example.com'), required: false, description: 'Absent for analysts' })
  email?: string | null;

  @ApiProperty({ ...text('+34 600 000 001'), required: false, description: 'Absent for analysts' })
  phone?: string | null;

  @ApiProperty({ ...text('Barcelona'), required: false, description: 'Absent for analysts' })
  city?: string | null;

  @ApiProperty({ ...text('ES'), description: "The postal address's country, else a `country` attribute (as an import maps it: Online Retail's)" })
  country: string | null;

  @ApiProperty({
    type: [ExternalIdDto],
    description:
      "The customer's ids in the systems it came from (an import keeps the source's): record keys like customerId, so analysts get them too; empty once erased",
  })
  externalIds: ExternalIdDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "Marketing attributes now, as an import maps them (Online Retail's country, a Maven account's sector): not personal data",
    example: { country: 'United Kingdom' },
  })
  attributes: Record<string, string | number | boolean>;

  @ApiProperty(text())
  ownerId: string | null;

  @ApiProperty(text())
  organizationId: string | null;

  @ApiProperty({ ...text('Head of purchasing'), description: "A person's role at their organization" })
  organizationRole: string | null;

  @ApiProperty({ example: 'api' })
  source: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ ...text(), format: 'date-time' })
  lastTouchAt: string | null;

  @ApiProperty()
  erased: boolean;

  @ApiProperty({ type: DirectoryLifecycleDto, nullable: true })
  lifecycle: DirectoryLifecycleDto | null;
}

export class DirectoryPageDto {
  @ApiProperty({ type: [DirectoryItemDto] })
  items: DirectoryItemDto[];

  @ApiProperty({ ...text(), description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}
