import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import type { SectionComponent } from '@/lib/lesson-sections';
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
/** In case lessons, Steps is the scammer's three-step method; each of the lesson's section components draws its section. */
const caseSections = { Steps: MethodSteps, CaseStudy, PoliceTip, Remember } satisfies Record<SectionComponent, unknown>;
export const caseComponents: MDXComponents = { ...shared, ...caseSections };

/**
 * A case lesson as one of several on a page (the booklet of all ten): its section ids carry the lesson's
 * slug, so no two sections share an id or a label, and its titles sit one level under the lesson's own.
 */
export function bookletCaseComponents(slug: string): MDXComponents {
  const scoped = <P extends object>(Component: (props: P & { scope?: string }) => ReactNode) => {
    function InBooklet(props: P) {
      return <Component {...props} scope={slug} />;
    }
    return InBooklet;
  };
  return {
    ...caseComponents,
    Step: scoped(Step),
    Steps: scoped(MethodSteps),
    CaseStudy: scoped(CaseStudy),
    PoliceTip: scoped(PoliceTip),
    Remember: scoped(Remember),
    Section: scoped(Section),
  };
}

export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...toolComponents, ...components };
}
