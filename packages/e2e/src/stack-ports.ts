/** Ports of the end-to-end stack, away from the dev servers on 3000/3001. */
export const stackPorts = { web: 3100, admin: 3101, ready: 3199, unconfigured: 3102 } as const;

export const webUrl = `http://localhost:${stackPorts.web}`;
export const adminUrl = `http://localhost:${stackPorts.admin}`;
