import { describe, expect, it } from 'vitest';
import { applyStrategicMergePatch } from '../../../../tools/vendors/kubernetes/patch.js';

// The stand-in's strategic merge patch, on the patch `kubectl set image` sends (its exact shape,
// directive included) and on what it refuses rather than guesses at.

const deployment = {
  spec: {
    replicas: 2,
    template: {
      spec: {
        containers: [
          { name: 'web', image: 'app:1', ports: [{ containerPort: 8080 }] },
          { name: 'proxy', image: 'envoy:1' },
        ],
      },
    },
  },
};

describe('strategic merge patch (Kubernetes stand-in)', () => {
  it('merges containers by name, keeping the others and the fields the patch leaves out', () => {
    const patched = applyStrategicMergePatch(structuredClone(deployment), {
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'web' }, { name: 'proxy' }],
            containers: [{ image: 'app:2', name: 'web' }],
          },
        },
      },
    });
    expect(patched).toEqual({
      spec: {
        replicas: 2,
        template: {
          spec: {
            containers: [
              { name: 'web', image: 'app:2', ports: [{ containerPort: 8080 }] },
              { name: 'proxy', image: 'envoy:1' },
            ],
          },
        },
      },
    });
  });

  it('adds a container of a new name, deletes a field set to null, and refuses $patch', () => {
    const patched = applyStrategicMergePatch(structuredClone(deployment), {
      spec: {
        replicas: null,
        template: { spec: { containers: [{ name: 'log', image: 'fb:1' }] } },
      },
    }) as typeof deployment;
    expect(patched.spec.replicas).toBeUndefined();
    expect(patched.spec.template.spec.containers.map((c) => c.name)).toEqual([
      'web',
      'proxy',
      'log',
    ]);
    expect(() =>
      applyStrategicMergePatch(structuredClone(deployment), {
        spec: { template: { spec: { containers: [{ name: 'web', $patch: 'delete' }] } } },
      }),
    ).toThrow('unsupported strategic merge patch directive $patch');
  });
});
