/** The command as a child process for the kill test (run with `node -r tsx/cjs`). */
import { main } from "../../src/cli/main";

void main(process.argv).then((kode) => {
  process.exitCode = kode;
});
