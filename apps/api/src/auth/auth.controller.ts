import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Req, Res } from '@nestjs/common';
import { NotFoundError } from '#crm/domain';
import { ApiErrors, forbidden, rateLimited, unauthenticated } from '#crm/http';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  clearedSessionCookie,
  crossSiteWrite,
  CurrentActor,
  Public,
  Roles,
  sessionCookie,
  SessionService,
  sessionTokenOf,
  SignInLockedError,
  SignInRefusedError,
  UserService,
  type UserSummary,
} from '#crm/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ChangeMeDto, MeDto } from './dto/me.dto.js';
import { SignInDto } from './dto/sign-in.dto.js';

function me(user: UserSummary): MeDto {
  return { staffId: user.staffId, name: user.name, email: user.email, role: user.role, locale: user.locale };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly users: UserService,
  ) {}

  @Post('sign-in')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign in with email and password: 204 and a session cookie (HttpOnly, SameSite=Strict)' })
  @ApiNoContentResponse({ description: 'Signed in; the session cookie is set' })
  @ApiErrors([400, 401, 403, 415, 429, 503], {
    401: 'Wrong email or password (the same answer for an unknown email or a disabled user)',
    403: 'Posted by a page of another site (Origin)',
    429: '5 failures for the account or 20 from the address within 15 minutes; Retry-After says when to retry',
  })
  async signIn(@Body() body: SignInDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    // A page of another site must not sign the browser in to an account of its choosing.
    if (request.headers.origin !== undefined && crossSiteWrite(request)) {
      throw forbidden('sign-in must come from this site (Origin header)');
    }
    try {
      const session = await this.sessions.signIn({ email: body.email, password: body.password, address: request.ip });
      void reply.header('set-cookie', sessionCookie(request, session.token, session.maxAgeSeconds));
    } catch (error) {
      if (error instanceof SignInLockedError) {
        void reply.header('retry-after', String(error.retryAfterSeconds));
        throw rateLimited(error.message);
      }
      if (error instanceof SignInRefusedError) throw unauthenticated(error.message);
      throw error;
    }
  }

  @Post('sign-out')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End this session at once and clear its cookie; without one, nothing to do' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiErrors([400, 503])
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = sessionTokenOf(request.headers);
    if (token) await this.sessions.signOut(token);
    void reply.header('set-cookie', clearedSessionCookie(request));
  }

  @Get('me')
  @Roles('operator', 'analyst', 'compliance')
  @ApiOperation({ summary: 'The signed-in staff member (or the staff member an API key acts for)' })
  @ApiOkResponse({ type: MeDto })
  @ApiErrors([400, 401, 403, 404, 429, 503], { 404: 'An API key that acts for no user' })
  async me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return me(await this.users.get(this.staffIdOf(actor)));
  }

  @Patch('me')
  @Roles('operator', 'analyst', 'compliance')
  @ApiOperation({ summary: 'Change what the signed-in staff member may change of their own: the console language' })
  @ApiOkResponse({ type: MeDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503], { 404: 'An API key that acts for no user' })
  async changeMe(@CurrentActor() actor: Actor, @Body() body: ChangeMeDto): Promise<MeDto> {
    return me(await this.users.setLocale(this.staffIdOf(actor), body.locale));
  }

  private staffIdOf(actor: Actor): string {
    if (!actor.staffId) throw new NotFoundError('user', actor.keyId, 'this API key acts for no staff member, so it has no user');
    return actor.staffId;
  }
}
