// The playground's first tab: queries an analyst can run as they are.
export const EXAMPLE_QUERY = `# Welcome to the Sophie Hub playground.
# Ctrl-Enter runs the query; the Docs and History buttons are on the left.
# Lists are Relay connections with filter, orderBy, first/after, last/before and totalCount.

query PartnersAtRisk {
  partners(
    first: 10
    filter: { status: { in: [ACTIVE, AT_RISK] }, not: { tier: { eq: TIER_4 } } }
    orderBy: [{ tier: ASC }, { brandName: ASC }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      partnerCode
      brandName
      status
      tier
      podLeader { fullName email }
      childAsinCount
      latestWeeklyStatus { weekStartDate status happyClient }
    }
  }
}

query StaffCapacity {
  staffMembers(filter: { role: { eq: POD_LEADER } }, orderBy: [{ currentClientCount: DESC }]) {
    nodes { fullName currentClientCount maxClients squads { name } }
  }
}
`;
