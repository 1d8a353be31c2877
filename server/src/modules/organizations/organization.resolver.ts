// The viewer's organization (tenant).
import { Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";

@ObjectType({ description: "A tenant: every record belongs to exactly one organization." })
export class Organization {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The organization\'s name, e.g. "Sophie Society".' })
  name!: string;
  @Field(() => String, { description: 'Unique short name, e.g. "sophie".' }) subdomain!: string;
  @Field(() => JSONScalar, {
    description: 'Organization-wide settings as JSON, e.g. { "fiscalYearStartMonth": 1 }.',
  })
  settings!: unknown;
  @Field(() => Boolean, { description: "Inactive organizations cannot sign in." })
  isActive!: boolean;
  @Field(() => String, { description: 'The subscription plan, e.g. "enterprise".' })
  subscriptionTier!: string;
  @Field(() => Int, { description: "How many active staff members the subscription allows." })
  maxUsers!: number;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: "The signed-in staff member's organization." })
  organization(@Ctx() ctx: Context) {
    return ctx.prisma.organization.findUniqueOrThrow({ where: { id: ctx.organizationId } });
  }
}
