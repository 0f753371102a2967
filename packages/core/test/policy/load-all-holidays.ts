import { loadHolidays } from '@cobro/core';
import { holidayLoaders } from '../../src/policy/holidays/index';

// These tests call the pure planner and gate for customers of every covered country, as an app would after
// `await loadHolidays(country)`: import this module first (it waits for every table before the tests run).
await Promise.all(Object.keys(holidayLoaders).map((country) => loadHolidays(country)));
