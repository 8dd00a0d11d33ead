import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  console.info('[khien-xanh] background started');
});
