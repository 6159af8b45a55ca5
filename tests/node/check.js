// Reads JSON lines on stdin and answers one JSON line each, using the reference Standard
// Webhooks library:
//   {"op":"verify","secret","id","timestamp","signature","body"} -> {"ok":true} | {"ok":false,"error"}
//   {"op":"sign","secret","id","timestamp","body"}                -> {"signature"}
"use strict";

const readline = require("readline");
const { Webhook } = require("standardwebhooks");

function answer(request) {
  const webhook = new Webhook(request.secret);
  if (request.op === "sign") {
    const signature = webhook.sign(request.id, new Date(request.timestamp * 1000), request.body);
    return { signature };
  }
  if (request.op === "verify") {
    try {
      webhook.verify(request.body, {
        "webhook-id": request.id,
        "webhook-timestamp": request.timestamp,
        "webhook-signature": request.signature,
      });
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error.message };
    }
  }
  throw new Error(`unknown op ${request.op}`);
}

const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on("line", (line) => {
  if (line.trim() === "") return;
  let reply;
  try {
    reply = answer(JSON.parse(line));
  } catch (error) {
    reply = { error: error.message };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
});
