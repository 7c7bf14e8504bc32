// The workbench page: see README.md. Everything starts here once the DOM is parsed (the script is deferred).
import { App } from './app';

new App().start();
