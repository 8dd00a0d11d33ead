import { newsLessonLawTerms } from './about-terms';
import type { CategoryTerms } from './term-types';

/**
 * Adult-site terms, kept to the words such sites put in titles and menus. Words that health and
 * sex-education pages use ("tình dục", "bao cao su") are deliberately absent.
 */
export const adultTerms = (): CategoryTerms => ({
  core: [
    ['phim sex', 4],
    ['clip sex', 4],
    ['phim heo', 3],
    ['phim người lớn', 3],
    ['phim jav', 4],
    ['jav', 2],
    ['xxx', 3],
    ['porn', 3],
    ['porno', 3],
    ['sex', 1],
    ['chat sex', 4],
    ['truyện sex', 4],
    ['gái gọi', 3],
    ['không che', 2],
    ['phim cấp 3', 2],
    ['khỏa thân', 2],
    ['sex video', 4],
    ['sex videos', 4],
    ['adult videos', 3],
    ['nude', 2],
    ['cam girls', 3],
  ],
  support: [
    ['18+', 1],
    ['vietsub', 1],
    ['xem miễn phí', 1],
    ['gái xinh', 1],
    ['full hd', 1],
    ['trên 18 tuổi', 1],
    ['đủ 18 tuổi', 1],
    ['watch free', 1],
    ['verify your age', 1],
  ],
  about: newsLessonLawTerms(),
});
