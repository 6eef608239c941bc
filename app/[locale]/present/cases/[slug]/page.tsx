import { lessonDeckRoute } from '@/components/deck/LessonDeckPage';

const route = lessonDeckRoute('case');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
