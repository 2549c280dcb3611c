// Public surface of core for electron/main and electron/host. Implemented in this folder.
export { createCore, type Core, type CoreOptions } from './app';
export { createDemoRegister, type DemoLogin } from './demo/createDemoRegister';
