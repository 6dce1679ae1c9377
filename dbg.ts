import { check } from './lib/checker';
const policy = { councilName: 'x', clerkEmail: 'a@b.c', reviewedTopics: [{ name: 'Station Road car park', aliases: ['station rd car park'] }] };
for (const t of process.argv.slice(2)) for (const f of check(t, policy)) console.log(f.category, JSON.stringify(t.slice(f.start, f.end)));
