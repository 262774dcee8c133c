import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import {
  assignmentTargetKinds,
  MAX_ASSIGNMENT_RULES,
  MAX_CONDITION_VALUES,
  MAX_RULE_CONDITIONS,
  routingFields,
  type AssignmentTarget,
  type RoutingField,
} from '#crm/domain';

class RoutingConditionDto {
  @ApiProperty({ enum: routingFields, description: 'country and attribute read the customer’s attributes; form, source and interest the lead’s' })
  @IsIn(routingFields)
  field: RoutingField;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The attribute’s key, for the attribute field only', example: 'tier' })
  @IsOptional()
  @IsString()
  key?: string | null;

  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: MAX_CONDITION_VALUES,
    description: 'Holds when the value is one of these (case-insensitive)',
    example: ['ES', 'PT'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONDITION_VALUES)
  @IsString({ each: true })
  values: string[];
}

class AssignmentTargetDto {
  @ApiProperty({ enum: assignmentTargetKinds, description: 'staff: that person; team: the active staff who report to staffId, in turn' })
  @IsIn(assignmentTargetKinds)
  kind: AssignmentTarget['kind'];

  @ApiProperty({ format: 'uuid', description: 'The staff member, or the team’s manager' })
  @IsUUID()
  staffId: string;
}

export class AssignmentRuleDto {
  @ApiProperty({ format: 'uuid', description: 'Chosen by the client; kept across definitions, it names the rule in the cause of each assignment' })
  @IsUUID()
  ruleId: string;

  @ApiProperty({ maxLength: 100, example: 'Iberia' })
  @IsString()
  @MaxLength(100)
  name: string;

  @ApiProperty({ type: [RoutingConditionDto], maxItems: MAX_RULE_CONDITIONS, description: 'All must hold; none: every lead that reaches the rule' })
  @IsArray()
  @ArrayMaxSize(MAX_RULE_CONDITIONS)
  @ValidateNested({ each: true })
  @Type(() => RoutingConditionDto)
  conditions: RoutingConditionDto[];

  @ApiProperty({ type: AssignmentTargetDto })
  @ValidateNested()
  @Type(() => AssignmentTargetDto)
  assignTo: AssignmentTargetDto;
}

export class DefineAssignmentRulesDto {
  @ApiProperty({
    type: [AssignmentRuleDto],
    maxItems: MAX_ASSIGNMENT_RULES,
    description: 'Tried in this order; a lead none takes goes round-robin to every salesperson',
  })
  @IsArray()
  @ArrayMaxSize(MAX_ASSIGNMENT_RULES)
  @ValidateNested({ each: true })
  @Type(() => AssignmentRuleDto)
  rules: AssignmentRuleDto[];
}

export class AssignmentRulesViewDto {
  @ApiProperty({ type: [AssignmentRuleDto], description: 'In the order they are tried' })
  rules: AssignmentRuleDto[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null until rules were first defined' })
  definedAt: string | null;
}
