// The viewer's organization (tenant).
import { Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";

@ObjectType({ description: "A tenant: every record belongs to exactly one organization." })
export class Organization {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) subdomain!: string;
  @Field(() => JSONScalar) settings!: unknown;
  @Field(() => Boolean) isActive!: boolean;
  @Field(() => String) subscriptionTier!: string;
  @Field(() => Int) maxUsers!: number;
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
