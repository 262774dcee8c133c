import { ApiProperty } from '@nestjs/swagger';

class SealDto {
  @ApiProperty({ enum: ['events', 'access'] })
  log: 'events' | 'access';

  @ApiProperty({ example: '1', description: '1, 2, 3... per log; a gap means a seal was removed' })
  seq: string;

  @ApiProperty({ format: 'date-time' })
  sealedAt: string;

  @ApiProperty({ type: String, nullable: true, description: 'The last item of the seal before; null for the first seal' })
  after: string | null;

  @ApiProperty({ description: 'The last item sealed: a log position ("<commit>-<prepare>") or an access-log id' })
  through: string;

  @ApiProperty({ description: 'Items in this seal' })
  count: number;

  @ApiProperty({ description: 'Items in every seal up to this one' })
  total: string;

  @ApiProperty({ description: "The chain's head (SHA-256, hex) before this seal's entries" })
  previousHash: string;

  @ApiProperty({ description: "The chain's head after them: what the signature covers" })
  headHash: string;

  @ApiProperty()
  keyId: string;

  @ApiProperty({ description: 'Ed25519 over the seal, base64' })
  signature: string;
}

export class AuditSealsDto {
  @ApiProperty({ description: 'The id of the key that verifies the seals' })
  keyId: string;

  @ApiProperty({ description: 'The Ed25519 public key, PEM: enough to verify offline (crm audit verify --public-key)' })
  publicKey: string;

  @ApiProperty({ type: [SealDto] })
  events: SealDto[];

  @ApiProperty({ type: [SealDto] })
  access: SealDto[];
}
