/** Demo accounts, one per role (named in README.md). Not for production use. */
export const DEMO_PASSWORD = 'dekkend-demo';

export const DEMO_USERS: {
  email: string;
  name: string;
  role: 'REGION_PLANNER' | 'GEMEENTE' | 'MINISTRY';
  regions?: string[];
  gemeente?: string;
}[] = [
  {
    email: 'planner@po3106.demo',
    name: 'Planner SWV PO 31-06 (Parkstad)',
    role: 'REGION_PLANNER',
    regions: ['PO3106'],
  },
  { email: 'gemeente@brunssum.demo', name: 'Gemeente Brunssum', role: 'GEMEENTE', gemeente: 'GM0899' },
  { email: 'analist@ocw.demo', name: 'Analist OCW', role: 'MINISTRY' },
];
