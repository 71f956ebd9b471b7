import { DocumentsStep } from '@/features/apply/components/documents-step.tsx';

export function DocumentsRoute() {
  return <DocumentsStep />;
}
