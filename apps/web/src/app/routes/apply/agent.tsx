import { AgentStep } from '@/features/apply/components/agent-step.tsx';

export function AgentRoute() {
  return <AgentStep />;
}
