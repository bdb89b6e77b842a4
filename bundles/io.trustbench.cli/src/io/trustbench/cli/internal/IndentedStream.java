package io.trustbench.cli.internal;

import java.io.OutputStream;
import java.io.PrintStream;

/** Indents every line a demo step prints, so the step structure stays readable. */
final class IndentedStream extends PrintStream {

	IndentedStream(PrintStream target, String indent) {
		super(new OutputStream() {
			private boolean lineStart = true;

			@Override
			public void write(int b) {
				if (lineStart) {
					target.print(indent);
					lineStart = false;
				}
				target.write(b);
				if (b == '\n') {
					lineStart = true;
					target.flush();
				}
			}

			@Override
			public void flush() {
				target.flush();
			}
		}, true);
	}
}
