import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, UserService, type UserSummary } from '#crm/auth';
import { Write, type WriteContext } from '#crm/commands';
import { ApiErrors } from '#crm/http';
import { StaffService } from '../staff/staff.service.js';
import { StaffIdParams } from './dto/staff-id.params.js';
import { CreateUserDto, ResetPasswordDto, SignedOutDto, UserDto } from './dto/user.dto.js';

/** Credentials of staff members: administrators only. Not events, so these routes append nothing but a new staff member. */
@ApiTags('users')
@Controller('users')
@Roles('admin')
@ApiErrors([400, 401, 403, 429, 503])
export class UsersController {
  constructor(
    private readonly users: UserService,
    private readonly staff: StaffService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every user, disabled ones included (never passwords)' })
  @ApiOkResponse({ type: [UserDto] })
  list(): Promise<UserSummary[]> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Give a staff member a password and a role; registers the staff member when no staffId is given' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiErrors([409, 415], { 409: 'Registering the new staff member broke a rule' })
  create(@Body() { password, ...user }: CreateUserDto, @Write() write: WriteContext): Promise<UserSummary> {
    return this.users.create(user, { register: async (person) => (await this.staff.register(person, write)).id }, password);
  }

  @Post(':id/disable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Refuse the user from now on and end their sessions' })
  @ApiOkResponse({ type: UserDto })
  @ApiErrors([404])
  disable(@Param() { id }: StaffIdParams): Promise<UserSummary> {
    return this.users.disable(id);
  }

  @Post(':id/enable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Let a disabled user sign in again' })
  @ApiOkResponse({ type: UserDto })
  @ApiErrors([404])
  enable(@Param() { id }: StaffIdParams): Promise<UserSummary> {
    return this.users.enable(id);
  }

  @Post(':id/password')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Set a new password and end the user's sessions" })
  @ApiOkResponse({ type: UserDto })
  @ApiErrors([404, 415])
  resetPassword(@Param() { id }: StaffIdParams, @Body() body: ResetPasswordDto): Promise<UserSummary> {
    return this.users.resetPassword(id, body.password);
  }

  @Post(':id/sign-out-all')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'End every session of the user at once' })
  @ApiOkResponse({ type: SignedOutDto })
  @ApiErrors([404])
  async signOutAll(@Param() { id }: StaffIdParams): Promise<SignedOutDto> {
    return { sessionsEnded: await this.users.signOutAll(id) };
  }
}
