import { ApiProperty } from '@nestjs/swagger';

export class RevenueGroupDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Month (YYYY-MM), ISO weekday (1–7), hour (0–23) or the attribute value; null: customers without it',
    example: 'EIRE',
  })
  key: string | null;

  @ApiProperty({ example: 'GBP' })
  currency: string;

  @ApiProperty({ description: 'Customers with a purchase in the group', example: 3 })
  customers: number;

  @ApiProperty({ example: 12 })
  purchases: number;

  @ApiProperty({ description: 'Purchases before anything was taken back, in minor units of currency', example: 1378129 })
  grossSales: number;

  @ApiProperty({ description: 'Cancellations and returns, positive, in minor units of currency', example: 74256 })
  returns: number;

  @ApiProperty({ description: 'grossSales − returns, in minor units of currency', example: 1303873 })
  revenue: number;
}

export class RevenueReportDto {
  @ApiProperty({ example: 'attribute:country' })
  by: string;

  @ApiProperty({ example: 'Europe/London' })
  timeZone: string;

  @ApiProperty({ type: [RevenueGroupDto] })
  groups: RevenueGroupDto[];
}
