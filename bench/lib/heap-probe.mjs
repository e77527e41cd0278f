/**
 * Loaded into a service by the soak (`node --expose-gc --import bench/lib/heap-probe.mjs`): asked 'cm:heap' over
 * the IPC channel, it collects garbage fully and answers with the heap still live. RSS alone cannot tell a leak
 * from the heap and the allocator settling; the live heap after a full collection can.
 */
process.on('message', (message) => {
  if (message !== 'cm:heap' || typeof globalThis.gc !== 'function') return;
  globalThis.gc();
  process.send?.({ heapUsedMb: Math.round((process.memoryUsage().heapUsed / 1e6) * 10) / 10 });
});
