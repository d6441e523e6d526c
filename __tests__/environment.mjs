// Jest's node environment, but its sandbox is a context with an ordinary global object
// (vm.constants.DONT_CONTEXTIFY) instead of a contextified one. In a contextified context every global
// look-up (Math, Number, Float64Array...) passes through an interceptor: numeric code such as the KS
// distribution ran 15-100x slower under test than in production. Everything else is jest's own
// environment: the same node globals, mocks and fake timers, set up on this global.
import vm from 'node:vm';
import NodeEnvironment from 'jest-environment-node';

const createContext = vm.createContext;

export default class FastGlobalsEnvironment extends NodeEnvironment {
  constructor(config, context) {
    // jest-environment-node calls vm.createContext(sandbox) once, in its constructor. Node 20.18+ and 22.8+
    // have DONT_CONTEXTIFY; an older Node gets jest's usual (slower) context.
    vm.createContext = (sandbox) =>
      vm.constants?.DONT_CONTEXTIFY ? createContext(vm.constants.DONT_CONTEXTIFY) : createContext(sandbox);
    try {
      super(config, context);
    } finally {
      vm.createContext = createContext;
    }
  }
}
