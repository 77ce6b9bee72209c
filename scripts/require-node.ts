// Fails early, with the fix, when npm scripts run on a Node.js older than the stack needs.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(`Node.js ${process.versions.node} is too old: Astro 7 and Vitest 5 need >= 22.12. Run \`npm install\` (it installs Node 24 into node_modules/.bin) and use npm scripts.`);
	process.exit(1);
}
