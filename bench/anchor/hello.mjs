// Anchor 1 for `npm run bench`: the fastest an HTTP answer can be on this machine.
import http from "node:http";

http
  .createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/plain" });
    response.end("hello");
  })
  .listen(Number(process.env.PORT), "127.0.0.1");
