import { runDemo } from './run-demo';

const { transcript } = await runDemo();
console.log(transcript);
