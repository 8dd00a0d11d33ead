import type { CategoryTexts } from './types';

/** Vietnamese names, parent descriptions and block-page text for each block reason. */
export const CATEGORY_TEXTS_VI: CategoryTexts = {
  adult: {
    name: 'Nội dung người lớn',
    parentDescription: 'Trang khiêu dâm và nội dung tình dục dành cho người lớn.',
    child: {
      preschool: 'Trang này dành cho người lớn. Con quay lại xem trang khác nhé.',
      primary: 'Trang này chỉ dành cho người lớn nên Khiên Xanh đã chặn lại. Nếu em lỡ thấy điều gì làm em khó chịu, em kể với bố mẹ hoặc thầy cô nhé.',
      lowerSecondary: 'Trang này có nội dung người lớn không phù hợp với tuổi của bạn. Nếu ai đó gửi link này cho bạn, bạn có thể kể với người lớn bạn tin.',
      upperSecondary: 'Trang này có nội dung khiêu dâm nên bị chặn theo cài đặt cho lứa tuổi của bạn. Nếu ai đó gửi hoặc ép bạn xem nội dung như vậy, đó là điều nên báo cáo.',
    },
  },
  gambling: {
    name: 'Cờ bạc và cá cược',
    parentDescription: 'Nhà cái, casino trực tuyến, cá cược thể thao và game đổi thưởng ra tiền thật.',
    child: {
      preschool: 'Trang này là trò chơi ăn tiền của người lớn. Con chọn trò chơi khác nhé.',
      primary: 'Đây là trang cờ bạc, nơi người ta có thể mất tiền thật. Khiên Xanh chặn lại để giữ an toàn cho em.',
      lowerSecondary: 'Trang này là cờ bạc hoặc game đổi thưởng. Những trang như vậy được làm ra để người chơi thua nhiều hơn thắng.',
      upperSecondary: 'Trang này là cá cược hoặc cờ bạc trực tuyến. Nếu bạn hay bạn bè thấy khó dừng lại, Tổng đài 111 có thể tư vấn.',
    },
  },
  scam: {
    name: 'Lừa đảo và giả mạo',
    parentDescription: 'Trang lừa đảo, trang giả mạo để đánh cắp mật khẩu hay tiền, và trang phát tán phần mềm độc hại.',
    child: {
      preschool: 'Trang này không an toàn. Con gọi người lớn đến xem nhé.',
      primary: 'Trang này có thể lừa lấy mật khẩu hay tiền. Em không nhập gì vào đó và kể với người lớn nhé.',
      lowerSecondary: 'Trang này được biết là trang lừa đảo hoặc giả mạo. Đừng nhập mật khẩu hay mã OTP vào trang lạ.',
      upperSecondary: 'Trang này nằm trong danh sách lừa đảo hoặc giả mạo. Nếu bạn đã lỡ nhập mật khẩu hay thông tin ngân hàng, hãy đổi mật khẩu và báo cho người lớn ngay.',
    },
  },
  bypass: {
    name: 'Vượt bộ lọc (VPN, proxy)',
    parentDescription: 'VPN, proxy, trang chuyển hướng và dịch vụ DNS riêng có thể dùng để vượt qua bộ lọc.',
    child: {
      preschool: 'Trang này không mở được. Con hỏi người lớn nhé.',
      primary: 'Trang này giúp vượt qua bộ lọc an toàn nên bị chặn. Nếu một trang em cần bị chặn nhầm, em nhờ bố mẹ hoặc thầy cô xem giúp.',
      lowerSecondary: 'Đây là dịch vụ VPN hoặc proxy dùng để vượt qua bộ lọc. Nếu bạn nghĩ một trang bị chặn nhầm, hãy nói với bố mẹ hoặc thầy cô.',
      upperSecondary: 'Trang này là VPN, proxy hoặc dịch vụ DNS có thể vượt qua bộ lọc nên bị chặn. Nếu bạn cần một trang đang bị chặn nhầm, hãy trao đổi với gia đình hoặc nhà trường.',
    },
  },
  drugs: {
    name: 'Ma tuý và chất cấm',
    parentDescription: 'Trang mua bán hoặc quảng bá ma tuý, chất gây nghiện và chất cấm.',
    child: {
      preschool: 'Trang này không dành cho trẻ em. Con chọn trang khác nhé.',
      primary: 'Trang này nói về chất cấm có hại cho sức khoẻ. Nếu em có câu hỏi, em hỏi bố mẹ hoặc thầy cô nhé.',
      lowerSecondary: 'Trang này bán hoặc quảng cáo chất cấm. Nếu ai rủ bạn dùng thử, bạn có quyền từ chối và kể với người lớn.',
      upperSecondary: 'Trang này mua bán hoặc quảng bá ma tuý và chất cấm. Nếu bạn hay người quen đang gặp khó khăn vì chất gây nghiện, Tổng đài 111 có thể lắng nghe và hướng dẫn.',
    },
  },
  violence: {
    name: 'Bạo lực và ghê rợn',
    parentDescription: 'Hình ảnh và video bạo lực, máu me hoặc ghê rợn.',
    child: {
      preschool: 'Trang này có hình ảnh không vui. Con chọn trang khác nhé.',
      primary: 'Trang này có hình ảnh bạo lực có thể làm em sợ. Nếu em đã thấy điều gì đáng sợ, em kể với người lớn nhé.',
      lowerSecondary: 'Trang này có nội dung bạo lực hoặc máu me. Nếu bạn đã thấy điều gì làm bạn khó chịu, nói ra với người bạn tin sẽ giúp bạn nhẹ lòng.',
      upperSecondary: 'Trang này có nội dung bạo lực hoặc ghê rợn. Nếu bạn đã lỡ xem và cứ nghĩ mãi về nó, hãy nói chuyện với người bạn tin hoặc gọi 111.',
    },
  },
  weapons: {
    name: 'Vũ khí',
    parentDescription: 'Trang mua bán vũ khí hoặc hướng dẫn chế tạo vũ khí, vật liệu nổ.',
    child: {
      preschool: 'Trang này không dành cho trẻ em. Con chọn trang khác nhé.',
      primary: 'Trang này nói về vũ khí nguy hiểm nên bị chặn. Em có thể hỏi người lớn nếu có thắc mắc.',
      lowerSecondary: 'Trang này bán hoặc hướng dẫn về vũ khí. Nếu ai đó đe doạ dùng vũ khí, hãy báo ngay cho người lớn.',
      upperSecondary: 'Trang này bán hoặc hướng dẫn chế tạo vũ khí. Nếu bạn biết ai đó định làm hại người khác, hãy báo cho người lớn hoặc gọi 113.',
    },
  },
  dating: {
    name: 'Hẹn hò',
    parentDescription: 'Trang và ứng dụng hẹn hò dành cho người lớn, nơi người lạ có thể tiếp cận trẻ em.',
    child: {
      preschool: 'Trang này dành cho người lớn. Con chọn trang khác nhé.',
      primary: 'Đây là trang hẹn hò của người lớn. Ở đó có nhiều người lạ nên không an toàn cho em.',
      lowerSecondary: 'Đây là trang hẹn hò dành cho người lớn. Ở đó, người lớn có thể giả làm người cùng tuổi để làm quen với trẻ em.',
      upperSecondary: 'Trang hẹn hò bị chặn theo cài đặt cho lứa tuổi của bạn. Ở những nơi này, người lạ có thể giả danh để dụ dỗ hoặc tống tiền.',
    },
  },
  chat: {
    name: 'Trò chuyện với người lạ',
    parentDescription: 'Trang trò chuyện ẩn danh, ghép đôi ngẫu nhiên với người lạ qua tin nhắn hoặc camera.',
    child: {
      preschool: 'Trang này là nơi nói chuyện với người lạ. Con chơi trang khác nhé.',
      primary: 'Trang này cho người lạ nói chuyện với nhau. Em chỉ nhắn tin với người em quen ngoài đời nhé.',
      lowerSecondary: 'Đây là trang trò chuyện ẩn danh với người lạ. Kẻ xấu hay dùng những trang như vậy để làm quen với trẻ em.',
      upperSecondary: 'Trang trò chuyện ẩn danh với người lạ bị chặn theo cài đặt cho lứa tuổi của bạn. Đây là nơi kẻ tống tiền và kẻ dụ dỗ hay tìm người.',
    },
  },
  social: {
    name: 'Mạng xã hội',
    parentDescription: 'Các mạng xã hội lớn. Gia đình hoặc nhà trường có thể chọn chặn nhóm này cho trẻ nhỏ hoặc trong giờ học.',
    child: {
      preschool: 'Trang này dành cho anh chị lớn hơn. Con chọn trang khác nhé.',
      primary: 'Mạng xã hội này dành cho người lớn tuổi hơn em. Bố mẹ hoặc thầy cô đã chọn tạm chặn nó.',
      lowerSecondary: 'Gia đình hoặc nhà trường đã chọn tạm chặn mạng xã hội này trên máy. Nếu bạn cần dùng cho việc học, hãy hỏi họ.',
      upperSecondary: 'Mạng xã hội này đang bị chặn theo cài đặt của gia đình hoặc nhà trường. Nếu bạn cần dùng, hãy trao đổi với họ.',
    },
  },
  piracy: {
    name: 'Phim và game lậu',
    parentDescription: 'Trang xem phim, truyện hoặc tải game vi phạm bản quyền, thường kèm quảng cáo cờ bạc và phần mềm độc hại.',
    child: {
      preschool: 'Trang này không mở được. Con nhờ người lớn tìm phim ở chỗ khác nhé.',
      primary: 'Trang này chiếu phim hoặc phát trò chơi không có bản quyền và thường có nhiều quảng cáo xấu. Em nhờ bố mẹ tìm trang chính thức nhé.',
      lowerSecondary: 'Trang xem phim hay tải game lậu thường đi kèm quảng cáo cờ bạc, nội dung người lớn và phần mềm độc hại. Hãy chọn dịch vụ chính thức.',
      upperSecondary: 'Trang này phát hoặc chia sẻ nội dung vi phạm bản quyền, thường kèm quảng cáo cá cược và phần mềm độc hại. Hãy dùng dịch vụ chính thức.',
    },
  },
  pageContent: {
    name: 'Nội dung trên trang',
    parentDescription: 'Trang bị chặn vì chữ trên chính trang đó có dấu hiệu gây hại, dù địa chỉ trang không nằm trong danh sách chặn. Cách này có thể chặn nhầm.',
    child: {
      preschool: 'Trang này có thể có điều không hay. Con gọi người lớn đến xem cùng nhé.',
      primary: 'Khiên Xanh thấy trên trang này có những từ ngữ không an toàn nên đã tạm chặn. Nếu em cần trang này cho việc học, em nhờ người lớn xem giúp.',
      lowerSecondary: 'Khiên Xanh thấy trang này có những từ ngữ có thể gây hại. Nếu đây là nhầm lẫn, bạn có thể nhờ người lớn kiểm tra.',
      upperSecondary: 'Trang này bị chặn vì chính nội dung trên trang có dấu hiệu gây hại. Bộ lọc có thể nhầm, nên nếu bạn cần trang này, hãy nhờ gia đình hoặc thầy cô xem lại.',
    },
  },
  allowOnly: {
    name: 'Chỉ trang được duyệt',
    parentDescription: 'Chế độ cho trẻ nhỏ: chỉ những trang đã được duyệt mới mở được, mọi trang khác đều bị chặn.',
    child: {
      preschool: 'Con chỉ mở được những trang bố mẹ đã chọn. Con quay lại trang quen thuộc nhé.',
      primary: 'Máy đang chỉ mở những trang bố mẹ hoặc thầy cô đã chọn sẵn. Nếu em muốn xem trang này, em hỏi họ nhé.',
      lowerSecondary: 'Chế độ hiện tại chỉ mở các trang đã được duyệt, và trang này chưa có trong danh sách. Bạn có thể nhờ gia đình hoặc thầy cô thêm vào.',
      upperSecondary: 'Chế độ hiện tại chỉ mở các trang đã được duyệt. Nếu bạn cần trang này, hãy nhờ gia đình hoặc nhà trường thêm vào danh sách.',
    },
  },
};
