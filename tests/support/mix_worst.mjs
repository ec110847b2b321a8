// The budget mix's slowest known scenario, shared by the end-to-end test and
// the benchmark: the slowest of 4,000 with all five tiers within 10⁻²…10⁻¹²
// of the same value per yuan and quotes with fen (found with the generator
// of tests/budget_mix_optimiser.rs). The search stops at its branch guard.
// Every reach factor is 1, so the tiers' near ties in followers per yuan stay
// ties for the reach objective (with the default factors, 0.5 to 3, the
// scenario is proven in about a hundred branches). The head's rates are
// 1, 2, 4 %: the generator wrote 1, 5, 4, which do not rise, and the page
// then computed with the head's default rates, which these are; an invalid
// cell now computes nothing.
export const GUARD =
  'b=5828688.99&vs=0&vm=1.4&fee=0&post=100&fs=16&cpm=30&ss=16&cpc=4&own=10&minseed=92&minrev=8' +
  '&headcap=17&maxshare=57&seed=2024&spread=10&obj=reach&head=66165.33,879337.2357,1,2,4,30,0' +
  '&mid=11224.54,149175.2641,2,5,7,30,4&tail=1337.13,17770.4577,3,5,8,30,12' +
  '&koc=979.63,13018.9033,4,5,12,30,40&seeding=92.22,1225.6038,4,5,12,30,60&reach=1,1,1,1,1';
/** Two budgets a cent apart that both stop at the guard. */
export const GUARD_BUDGETS = ['5828688.98', '5828688.99'];
