/**
 * One URL of each kind of page the site has, for the browser tests. `ready` names an element
 * that only exists once the page's script has finished (the search page renders its results).
 */
export const pageTypes: { name: string; path: string; ready?: string }[] = [
	{ name: 'home', path: '/' },
	{ name: 'chapter index', path: '/chapters/' },
	{ name: 'chapter', path: '/chapters/introduction/' },
	{ name: 'catalog', path: '/papers/' },
	{ name: 'paper', path: '/papers/zhang2020-gmi/' },
	{ name: 'comparison index', path: '/compare/' },
	{ name: 'attack comparison', path: '/compare/attacks/' },
	{ name: 'defense comparison', path: '/compare/defenses/' },
	{ name: 'defense matrix', path: '/compare/matrix/' },
	{ name: 'timeline', path: '/compare/timeline/' },
	{ name: 'lineage graph', path: '/compare/lineage/' },
	{ name: 'results overview', path: '/results/' },
	{ name: 'results of a task', path: '/results/classifier/' },
	{ name: 'metrics index', path: '/metrics/' },
	{ name: 'metric', path: '/metrics/attack-accuracy/' },
	{ name: 'glossary', path: '/glossary/' },
	{ name: 'threat-model selector', path: '/threat-model/' },
	{
		name: 'threat-model verdict',
		path: '/threat-model/?observes=weights,gradients&knows=target-label&train=1',
		ready: '#threat-lists li',
	},
	{ name: 'scope and method', path: '/scope/' },
	{ name: 'what is new', path: '/whats-new/' },
	{ name: 'filtered search', path: '/search/?access=label-only', ready: '#search-page-results li' },
	{ name: 'search', path: '/search/?q=gradient', ready: '#search-page-results li' },
	{ name: 'not found', path: '/nope/' },
];
