package io.trustbench.provisioning.core.flow;

/**
 * Contributed to {@code io.trustbench.provisioning.core.flows}: builds the flow for one run. The
 * wizard, the CLI ({@code aws flow ID}) and the tests all create flows through it.
 */
@FunctionalInterface
public interface FlowFactory {

	Flow create(FlowEnvironment environment);
}
