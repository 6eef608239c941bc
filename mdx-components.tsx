import type { MDXComponents } from 'mdx/types';
import {
  CaseStudy,
  Fact,
  Facts,
  MethodSteps,
  Note,
  PoliceTip,
  Remember,
  Section,
  Step,
  Steps,
} from '@/components/mdx/lesson-components';

const shared = { Step, CaseStudy, PoliceTip, Remember, Section, Facts, Fact, Note };

/** Tool lessons use Steps for how-to lists. */
export const toolComponents: MDXComponents = { ...shared, Steps };
/** In case lessons, Steps is the scammer's three-step method. */
export const caseComponents: MDXComponents = { ...shared, Steps: MethodSteps };

export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...toolComponents, ...components };
}
