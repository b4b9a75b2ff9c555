// @kg/viewer: the Sigma.js explorer and its HTTP API, served over any GraphStore.
export {};
