import { Field, ID, ObjectType } from "type-graphql";
import { SquadRole as DbSquadRole, SquadType as DbSquadType } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  BooleanFilter,
  DateTimeFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const SquadType = gqlEnum(DbSquadType, "SquadType", "What a squad does.", {
  ppc: "Runs Amazon advertising.",
  cc: "Content and conversion.",
  fam: "Full account management.",
  sales: "Wins new partners.",
  operations: "Runs the agency.",
});
export const SquadRole = gqlEnum(DbSquadRole, "SquadRole", "A member's role in a squad.", {
  leader: "Leads the squad.",
  captain: "Runs day-to-day work under the leader.",
  member: "A member.",
});

@ObjectType({ description: "A team grouping; pod leaders belong to squads." })
export class Squad {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The squad\'s name, e.g. "PPC Squad A".' }) name!: string;
  @Field(() => SquadType, { description: "PPC, CC, FAM, SALES or OPERATIONS." }) type!: string;
  @Field(() => String, { nullable: true, description: "What the squad does, for people." })
  description!: string | null;
  @Field(() => Boolean, { description: "False once the squad is archived." }) isActive!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType({ description: "A staff member's membership of a squad." })
export class SquadMembership {
  @Field(() => ID) id!: string;
  @Field(() => SquadRole, { description: "LEADER, CAPTAIN or MEMBER." }) role!: string;
  @Field(() => DateTimeScalar, { description: "When the member joined the squad." })
  assignedAt!: Date;
  @Field(() => Boolean, { description: "False once the member has left the squad." })
  isActive!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  staffId!: string;
  squadId!: string;
}

export const SquadConnection = connectionType(Squad, "Squad");

export const squadFilter = entityFilter("Squad", {
  id: { type: IDFilter },
  name: { type: StringFilter },
  type: { type: enumFilter(SquadType, "SquadType") },
  isActive: { type: BooleanFilter },
  createdAt: { type: DateTimeFilter },
});

export const squadOrder = entityOrder(
  "Squad",
  { name: {}, type: { enum: SquadType }, createdAt: {} },
  [{ name: "name", direction: "asc" }],
);

export const squadMembershipFilter = entityFilter("SquadMembership", {
  squadId: { type: IDFilter },
  staffId: { type: IDFilter },
  role: { type: enumFilter(SquadRole, "SquadRole") },
  isActive: { type: BooleanFilter },
});
