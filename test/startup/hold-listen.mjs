/**
 * Loaded into a service by test/startup/signal-during-start.test.ts (`node --import`): the first HTTP server that
 * listens does so only once a line arrives on stdin, and says so on stderr ('listen held'). The worker's start
 * waits on nothing outside the process but its metrics port; this holds it there, as a slow start would.
 */
import http from 'node:http';
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function heldListen(...args) {
  if (!(this instanceof http.Server)) return listen.apply(this, args);
  net.Server.prototype.listen = listen;
  process.stderr.write('listen held\n');
  process.stdin.once('data', () => {
    process.stdin.pause();
    listen.apply(this, args);
  });
  return this;
};
