import type { SkillCard } from '../../types';

export const HELP_CARDS_VI: SkillCard[] = [
  {
    id: 'helpTrustedGrownUps',
    area: 'help',
    ageGroups: ['preschool'],
    title: 'Người lớn con tin',
    body: [
      'Bố mẹ, ông bà và cô giáo là những người lớn con tin.',
      'Khi con sợ hay lo, con tìm một người trong số đó.',
    ],
    check: {
      question: 'Ai có thể giúp con khi con thấy sợ?',
      options: [
        { text: 'Bố mẹ, ông bà hoặc cô giáo.', correct: true, feedback: 'Đúng rồi! Họ luôn sẵn lòng giúp con.' },
        { text: 'Một người lạ trên mạng.', correct: false, feedback: 'Người lạ thì con không biết có tốt không. Con tìm người lớn con tin nhé.' },
      ],
    },
  },
  {
    id: 'helpTellingIsBrave',
    area: 'help',
    ageGroups: ['preschool'],
    title: 'Kể ra là dũng cảm',
    body: [
      'Kể cho người lớn điều làm con sợ là rất dũng cảm.',
      'Con sẽ không bị mắng vì đã kể.',
    ],
  },
  {
    id: 'helpNumberForKids',
    area: 'help',
    ageGroups: ['preschool'],
    title: 'Số điện thoại 111',
    body: [
      'Số 111 là số điện thoại để giúp trẻ em.',
      'Gọi số này không mất tiền.',
      'Người lớn có thể gọi cùng con.',
    ],
    check: {
      question: 'Số điện thoại giúp trẻ em là số mấy?',
      options: [
        { text: 'Một một một.', correct: true, feedback: 'Giỏi quá! Con nhớ số 111 nhé.' },
        { text: 'Con không cần nhớ.', correct: false, feedback: 'Con thử nhớ nhé: một, một, một.' },
      ],
    },
  },
  {
    id: 'helpReportButton',
    area: 'help',
    ageGroups: ['primary'],
    title: 'Nút báo cáo của Khiên Xanh',
    body: [
      'Nếu trang web làm em sợ hay khó chịu, em bấm nút báo cáo của Khiên Xanh.',
      'Báo cáo chỉ được gửi khi em bấm gửi.',
      'Sau đó em kể với bố mẹ hoặc thầy cô.',
    ],
    check: {
      question: 'Khi nào báo cáo của Khiên Xanh được gửi đi?',
      options: [
        { text: 'Khi em tự bấm gửi.', correct: true, feedback: 'Đúng! Em quyết định có gửi hay không.' },
        { text: 'Mỗi khi em mở một trang web.', correct: false, feedback: 'Không phải đâu. Khiên Xanh chỉ gửi báo cáo khi em chọn gửi.' },
      ],
    },
  },
  {
    id: 'helpCall111',
    area: 'help',
    ageGroups: ['primary'],
    title: 'Gọi 111',
    body: [
      'Tổng đài 111 giúp trẻ em đang gặp chuyện không an toàn.',
      'Em gọi được cả ngày lẫn đêm và không mất tiền.',
      'Em có thể gọi cho chính mình hoặc cho một bạn đang cần giúp.',
    ],
  },
  {
    id: 'helpBlockAndTell',
    area: 'help',
    ageGroups: ['primary'],
    title: 'Chặn và kể',
    body: [
      'Nếu ai đó nhắn tin làm em khó chịu, em có thể chặn người đó.',
      'Em không xoá tin nhắn, để người lớn xem được.',
      'Rồi em kể với bố mẹ hoặc thầy cô.',
    ],
    check: {
      question: 'Có người cứ nhắn tin doạ em. Em làm gì trước?',
      options: [
        { text: 'Chặn người đó và kể với người lớn.', correct: true, feedback: 'Đúng! Em không phải tự giải quyết một mình.' },
        { text: 'Xoá hết tin nhắn cho đỡ sợ.', correct: false, feedback: 'Em cứ giữ tin nhắn lại để người lớn giúp em nhé.' },
      ],
    },
  },
  {
    id: 'helpKeepEvidence',
    area: 'help',
    ageGroups: ['lowerSecondary'],
    title: 'Giữ bằng chứng',
    body: [
      'Chụp màn hình tin nhắn, tên tài khoản và đường link trước khi chặn.',
      'Nếu đó là ảnh nhạy cảm của trẻ em, đừng lưu hay chuyển tiếp ảnh mà chỉ ghi lại đường link.',
      'Đưa bằng chứng cho người lớn bạn tin hoặc báo qua Khiên Xanh.',
    ],
    check: {
      question: 'Bạn thấy ảnh nhạy cảm của một bạn học bị phát tán. Bạn làm gì?',
      options: [
        { text: 'Không chia sẻ, ghi lại đường link và báo người lớn.', correct: true, feedback: 'Đúng. Chia sẻ ảnh đó, kể cả để cảnh báo, cũng làm bạn ấy tổn thương thêm.' },
        { text: 'Lưu ảnh lại làm bằng chứng.', correct: false, feedback: 'Lưu hay gửi ảnh như vậy là lan truyền nội dung xâm hại. Chỉ cần đường link.' },
      ],
    },
  },
  {
    id: 'helpPlatformReports',
    area: 'help',
    ageGroups: ['lowerSecondary'],
    title: 'Báo cáo trên nền tảng',
    body: [
      'Facebook, TikTok, Zalo hay YouTube đều có nút báo cáo bài viết và tài khoản.',
      'Người bị báo cáo không biết ai đã báo cáo họ.',
      'Báo cáo trên nền tảng và kể với người lớn có thể làm cùng lúc.',
    ],
  },
  {
    id: 'helpFriendInTrouble',
    area: 'help',
    ageGroups: ['lowerSecondary'],
    title: 'Khi bạn bè tâm sự',
    body: [
      'Nếu một người bạn kể mình bị doạ hay bị xâm hại, hãy lắng nghe và tin bạn ấy.',
      'Đừng hứa giữ bí mật khi bạn ấy đang gặp nguy hiểm.',
      'Hãy cùng bạn ấy tìm người lớn đáng tin hoặc gọi 111.',
    ],
    check: {
      question: 'Bạn thân kể đang bị một người lạ doạ tung ảnh và xin bạn giữ bí mật. Bạn làm gì?',
      options: [
        { text: 'Động viên bạn ấy và cùng tìm người lớn hoặc gọi 111.', correct: true, feedback: 'Đúng. Giúp bạn tìm trợ giúp là cách giữ lời tốt nhất.' },
        { text: 'Hứa giữ bí mật và không làm gì.', correct: false, feedback: 'Bạn ấy đang gặp nguy hiểm và cần người lớn giúp. Hãy đi cùng bạn ấy.' },
      ],
    },
  },
  {
    id: 'helpEmergency113',
    area: 'help',
    ageGroups: ['upperSecondary'],
    title: 'Khi nguy hiểm ngay lúc này',
    body: [
      'Nếu bạn hay ai đó đang gặp nguy hiểm ngay, hãy gọi công an theo số 113.',
      'Với chuyện bị xâm hại, bị đe doạ hay cần tư vấn, bạn gọi Tổng đài 111 miễn phí, mọi lúc.',
      'Bạn không cần hoàn toàn chắc chắn mới được gọi.',
    ],
    check: {
      question: 'Ai đó đang đe doạ sẽ đến nhà bạn ngay tối nay. Bạn gọi số nào trước?',
      options: [
        { text: 'Số 113 của công an, rồi báo gia đình.', correct: true, feedback: 'Đúng. Nguy hiểm trước mắt thì gọi 113.' },
        { text: 'Không gọi ai vì có thể chỉ là doạ.', correct: false, feedback: 'Bạn không cần chắc chắn mới được gọi. An toàn của bạn quan trọng hơn.' },
      ],
    },
  },
  {
    id: 'helpRemovingImages',
    area: 'help',
    ageGroups: ['upperSecondary'],
    title: 'Gỡ ảnh bị phát tán',
    body: [
      'Báo cáo từng bài đăng có ảnh của bạn qua nút báo cáo của nền tảng, chọn lý do phù hợp như ảnh riêng tư hoặc xâm hại trẻ em.',
      'Nhờ người lớn hoặc Tổng đài 111 giúp liên hệ với cơ quan chức năng.',
      'Không cần tự mình xem lại hay thu thập những ảnh đó.',
    ],
  },
  {
    id: 'helpTalkingHelps',
    area: 'help',
    ageGroups: ['upperSecondary'],
    title: 'Nói ra giúp nhẹ lòng',
    body: [
      'Áp lực học hành, chuyện tình cảm hay bị bàn tán trên mạng có thể làm bạn rất mệt.',
      'Tổng đài 111 cũng tư vấn về tâm lý, bạn bè và gia đình, không chỉ các vụ xâm hại.',
      'Tìm người để nói chuyện là một việc mạnh mẽ, không phải yếu đuối.',
    ],
  },
];
