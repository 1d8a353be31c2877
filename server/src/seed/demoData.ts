// The fixed ingredients of the demo organization: who works there and which brands it runs.
import type { Department, PartnerStatus, StaffRole, StaffStatus } from "../generated/prisma/enums";

export const DEMO_ORGANIZATION = {
  name: "Sophie Society",
  subdomain: "sophie-society",
  maxUsers: 100,
  subscriptionTier: "professional",
};
export const DEMO_EMAIL_DOMAIN = "sophiesociety.com";

export interface DemoStaff {
  fullName: string;
  role: StaffRole;
  department: Department | null;
  title: string;
  status?: StaffStatus;
}

// 25 people, every role; the admin comes first so `hub token admin@…` is easy to find.
export const DEMO_STAFF: DemoStaff[] = [
  { fullName: "Sophie Admin", role: "admin", department: "operations", title: "Managing Director" },
  {
    fullName: "Olivia Chen",
    role: "operations",
    department: "operations",
    title: "Head of Operations",
  },
  {
    fullName: "Marcus Reed",
    role: "operations",
    department: "operations",
    title: "Operations Coordinator",
  },
  {
    fullName: "Priya Natarajan",
    role: "pod_leader",
    department: "ppc",
    title: "Senior Pod Leader",
  },
  { fullName: "Diego Alvarez", role: "pod_leader", department: "ppc", title: "Pod Leader" },
  { fullName: "Hannah Okafor", role: "pod_leader", department: "ppc", title: "Pod Leader" },
  { fullName: "Lukas Becker", role: "pod_leader", department: "ppc", title: "Pod Leader" },
  {
    fullName: "Aiko Tanaka",
    role: "pod_leader",
    department: "content_conversion",
    title: "Pod Leader",
  },
  {
    fullName: "Samuel Osei",
    role: "pod_leader",
    department: "ppc",
    title: "Pod Leader",
    status: "on_leave",
  },
  {
    fullName: "Chloe Martin",
    role: "pod_leader",
    department: "ppc",
    title: "Associate Pod Leader",
    status: "onboarding",
  },
  { fullName: "Ravi Kapoor", role: "ppc_manager", department: "ppc", title: "PPC Manager" },
  { fullName: "Elena Petrova", role: "ppc_manager", department: "ppc", title: "PPC Manager" },
  {
    fullName: "Tom Fischer",
    role: "ppc_manager",
    department: "ppc",
    title: "PPC Specialist",
    status: "offboarding",
  },
  {
    fullName: "Grace Kim",
    role: "brand_manager",
    department: "content_conversion",
    title: "Brand Manager",
  },
  {
    fullName: "Noah Williams",
    role: "brand_manager",
    department: "content_conversion",
    title: "Brand Manager",
  },
  {
    fullName: "Isabela Souza",
    role: "brand_manager",
    department: "content_conversion",
    title: "Brand Manager",
  },
  {
    fullName: "Yusuf Demir",
    role: "conversion_strategist",
    department: "content_conversion",
    title: "Conversion Strategist",
  },
  {
    fullName: "Mia Johansson",
    role: "conversion_strategist",
    department: "content_conversion",
    title: "Conversion Strategist",
  },
  {
    fullName: "Leo Rossi",
    role: "graphic_designer",
    department: "content_conversion",
    title: "Graphic Designer",
  },
  {
    fullName: "Zara Ahmed",
    role: "graphic_designer",
    department: "content_conversion",
    title: "Graphic Designer",
    status: "departed",
  },
  {
    fullName: "Jack O'Brien",
    role: "sales_executive",
    department: "sales",
    title: "Sales Executive",
  },
  {
    fullName: "Fatima Zahra",
    role: "sales_executive",
    department: "sales",
    title: "Sales Executive",
  },
  { fullName: "Ben Carter", role: "finance", department: "finance", title: "Finance Manager" },
  { fullName: "Lina Haddad", role: "marketing", department: "marketing", title: "Marketing Lead" },
  { fullName: "Owen Price", role: "analyst", department: "operations", title: "Data Analyst" },
];

export const DEMO_SQUADS = [
  { name: "Squad Alpha", type: "ppc", description: "PPC pods for tier 0-1 brands" },
  { name: "Squad Bravo", type: "ppc", description: "PPC pods for growth brands" },
  { name: "CC Team", type: "cc", description: "Content and conversion" },
  { name: "FAM Crew", type: "fam", description: "Full account management" },
] as const;

export const DEMO_BRANDS = [
  "Northwind Naturals",
  "Bluebird Baby",
  "Peak Performance Gear",
  "Cedar & Sage",
  "Lumen Home",
  "Pawsome Pets",
  "Terra Kitchen",
  "Urban Sprout",
  "Glow Botanics",
  "Ironclad Tools",
  "Sunny Side Snacks",
  "Harbor Coffee Co",
  "Velvet Sleep",
  "Trailblaze Outdoors",
  "Kindred Kids",
  "Maple Lane Candles",
  "Orbit Audio",
  "Pure Hydration",
  "Zen Garden Supply",
  "Bold Brew Tea",
  "Swift Cycle",
  "Coastal Linen",
  "Nimbus Wellness",
  "Golden Hour Skincare",
  "Fernwood Crafts",
  "Apex Fitness",
  "Little Acorn Toys",
  "Summit Supplements",
  "Wildflower Apothecary",
  "Quarry Stoneware",
  "Brightside Office",
  "Evergreen Pantry",
  "Nova Tech Accessories",
  "Riverstone Rugs",
  "Silver Fox Grooming",
  "Tidal Swimwear",
  "Honeycomb Goods",
  "Atlas Travel Co",
  "Pebble Pet Beds",
  "Crescent Cookware",
];

// 40 partners across every status.
export const DEMO_STATUSES: PartnerStatus[] = [
  ...Array<PartnerStatus>(20).fill("active"),
  ...Array<PartnerStatus>(5).fill("onboarding"),
  ...Array<PartnerStatus>(4).fill("paused"),
  ...Array<PartnerStatus>(5).fill("at_risk"),
  ...Array<PartnerStatus>(3).fill("offboarding"),
  ...Array<PartnerStatus>(3).fill("churned"),
];

export const DEMO_CATEGORIES = [
  "Home & Kitchen",
  "Beauty",
  "Pet Supplies",
  "Sports & Outdoors",
  "Baby",
  "Grocery",
  "Health",
  "Toys",
];

export const DEMO_TRAINING = [
  { moduleName: "onboarding", moduleType: "required" },
  { moduleName: "ppc_basics", moduleType: "required" },
  { moduleName: "amazon_policy", moduleType: "refresher" },
  { moduleName: "cc_advanced", moduleType: "optional" },
] as const;
