import type { SkillCard } from '../../types';

export const SECURITY_CARDS_VI: SkillCard[] = [
  {
    id: 'securityPasswordSecret',
    area: 'security',
    ageGroups: ['preschool'],
    title: 'Mật khẩu là bí mật',
    body: [
      'Mật khẩu giống như chìa khoá nhà.',
      'Con chỉ cho bố mẹ biết mật khẩu thôi.',
    ],
    check: {
      question: 'Bạn ở lớp hỏi mật khẩu máy tính bảng của con. Con làm gì?',
      options: [
        { text: 'Không nói, vì đó là bí mật của con và bố mẹ.', correct: true, feedback: 'Giỏi quá! Mật khẩu chỉ bố mẹ và con biết thôi.' },
        { text: 'Nói cho bạn biết.', correct: false, feedback: 'Bạn là bạn tốt, nhưng mật khẩu thì con giữ riêng nhé.' },
      ],
    },
  },
  {
    id: 'securityAskBeforeInstall',
    area: 'security',
    ageGroups: ['preschool'],
    title: 'Muốn tải trò chơi mới?',
    body: [
      'Con muốn có trò chơi mới thì hỏi bố mẹ trước.',
      'Bố mẹ sẽ xem trò chơi đó có an toàn không.',
    ],
  },
  {
    id: 'securityStrangeWindow',
    area: 'security',
    ageGroups: ['preschool'],
    title: 'Cửa sổ lạ nhảy ra',
    body: [
      'Có khi màn hình hiện ra một ô lạ kêu con bấm vào.',
      'Con không bấm, con đưa máy cho người lớn xem nhé.',
    ],
    check: {
      question: 'Một ô lạ hiện ra và nhấp nháy. Con làm gì?',
      options: [
        { text: 'Đưa máy cho người lớn xem.', correct: true, feedback: 'Đúng rồi! Người lớn sẽ biết cách đóng nó.' },
        { text: 'Bấm thử xem có gì.', correct: false, feedback: 'Ô lạ có thể làm hỏng máy. Con nhờ người lớn nhé.' },
      ],
    },
  },
  {
    id: 'securityStrongPassword',
    area: 'security',
    ageGroups: ['primary'],
    title: 'Mật khẩu mạnh',
    body: [
      'Mật khẩu mạnh là một câu dài mà chỉ em nhớ, ví dụ ghép vài từ không liên quan.',
      'Em không dùng ngày sinh hay tên mình làm mật khẩu.',
      'Em không cho bạn bè mượn mật khẩu, kể cả bạn thân.',
    ],
    check: {
      question: 'Mật khẩu nào mạnh hơn?',
      options: [
        { text: 'Một câu dài ghép từ nhiều từ không liên quan.', correct: true, feedback: 'Đúng! Câu dài khó đoán hơn nhiều.' },
        { text: 'Tên và ngày sinh của em.', correct: false, feedback: 'Người khác dễ đoán tên và ngày sinh. Em chọn câu dài hơn nhé.' },
      ],
    },
  },
  {
    id: 'securityFreeGifts',
    area: 'security',
    ageGroups: ['primary'],
    title: 'Quà miễn phí trong game',
    body: [
      'Đường link hứa tặng kim cương hay trang phục miễn phí thường là bẫy.',
      'Chúng lừa em nhập tài khoản để lấy mất nick.',
      'Em chỉ nhận quà trong chính trò chơi và hỏi bố mẹ khi nghi ngờ.',
    ],
    check: {
      question: 'Có người gửi link “Nhận kim cương miễn phí, chỉ cần đăng nhập”. Em làm gì?',
      options: [
        { text: 'Không bấm và kể với bố mẹ.', correct: true, feedback: 'Rất đúng! Đó là cách kẻ gian lấy tài khoản.' },
        { text: 'Đăng nhập thử một lần.', correct: false, feedback: 'Chỉ một lần cũng đủ để mất tài khoản. Em đừng bấm nhé.' },
      ],
    },
  },
  {
    id: 'securityOfficialStore',
    area: 'security',
    ageGroups: ['primary'],
    title: 'Tải ứng dụng ở đâu?',
    body: [
      'Em chỉ tải ứng dụng từ kho chính thức như Google Play hoặc App Store.',
      'Em hỏi bố mẹ trước khi tải bất cứ thứ gì.',
      'Tệp tải từ trang lạ có thể chứa phần mềm độc hại.',
    ],
  },
  {
    id: 'securityTwoStep',
    area: 'security',
    ageGroups: ['lowerSecondary'],
    title: 'Bật xác thực hai bước',
    body: [
      'Xác thực hai bước yêu cầu thêm một mã khi đăng nhập trên máy lạ.',
      'Dù ai đó biết mật khẩu, họ vẫn khó vào được tài khoản của bạn.',
      'Hãy bật tính năng này cho email và mạng xã hội chính.',
    ],
  },
  {
    id: 'securityNeverShareCodes',
    area: 'security',
    ageGroups: ['lowerSecondary'],
    title: 'Không bao giờ đưa mã OTP',
    body: [
      'Mã OTP gửi qua tin nhắn là chìa khoá cuối cùng của tài khoản.',
      'Không có nhà mạng, ngân hàng hay trò chơi thật nào xin mã này qua tin nhắn.',
      'Ai xin mã của bạn, dù là “bạn thân”, đều đáng nghi ngờ vì nick đó có thể đã bị chiếm.',
    ],
    check: {
      question: 'Bạn thân nhắn: “Gửi mình mã vừa về máy cậu với, mình nhầm số.” Bạn làm gì?',
      options: [
        { text: 'Không gửi và gọi điện hỏi bạn ấy.', correct: true, feedback: 'Chính xác. Nick của bạn ấy có thể đã bị chiếm và kẻ gian đang nhắm vào bạn.' },
        { text: 'Gửi luôn vì là bạn thân.', correct: false, feedback: 'Gửi mã là trao tài khoản của bạn cho người khác. Hãy gọi điện kiểm tra trước.' },
      ],
    },
  },
  {
    id: 'securityFakeLogin',
    area: 'security',
    ageGroups: ['lowerSecondary'],
    title: 'Trang đăng nhập giả',
    body: [
      'Trang giả có thể trông giống hệt Facebook hay trang trường học.',
      'Hãy xem kỹ địa chỉ trên thanh trình duyệt trước khi nhập mật khẩu.',
      'Nếu đến từ link trong tin nhắn, hãy tự gõ địa chỉ trang thay vì bấm link.',
    ],
  },
  {
    id: 'securityPasswordManager',
    area: 'security',
    ageGroups: ['upperSecondary'],
    title: 'Mỗi tài khoản một mật khẩu',
    body: [
      'Khi một trang bị lộ dữ liệu, kẻ gian thử cùng mật khẩu đó ở các trang khác.',
      'Trình quản lý mật khẩu giúp bạn có mật khẩu riêng cho từng tài khoản mà không phải nhớ hết.',
      'Hãy bắt đầu với email, vì email mở khoá được mọi tài khoản khác.',
    ],
    check: {
      question: 'Vì sao không nên dùng một mật khẩu cho mọi nơi?',
      options: [
        { text: 'Vì lộ ở một trang là mất luôn các tài khoản khác.', correct: true, feedback: 'Đúng. Mật khẩu riêng giúp giới hạn thiệt hại.' },
        { text: 'Vì các trang cấm dùng trùng mật khẩu.', correct: false, feedback: 'Các trang không biết bạn dùng trùng. Lý do thật là để lộ một chỗ không kéo theo chỗ khác.' },
      ],
    },
  },
  {
    id: 'securityApkRemoteControl',
    area: 'security',
    ageGroups: ['upperSecondary'],
    title: 'Tệp APK và ứng dụng điều khiển từ xa',
    body: [
      'Kẻ lừa đảo hay gửi tệp APK hoặc nhờ cài ứng dụng “hỗ trợ” ngoài kho chính thức.',
      'Ứng dụng đó có thể đọc tin nhắn, lấy mã OTP và điều khiển điện thoại của bạn.',
      'Không cài ứng dụng theo yêu cầu của người lạ, kể cả khi họ xưng là cơ quan nhà nước.',
    ],
  },
  {
    id: 'securityHackedAccount',
    area: 'security',
    ageGroups: ['upperSecondary'],
    title: 'Khi tài khoản bị chiếm',
    body: [
      'Đổi mật khẩu ngay từ một thiết bị an toàn và đăng xuất khỏi mọi phiên lạ.',
      'Dùng chức năng khôi phục tài khoản chính thức của nền tảng.',
      'Báo cho bạn bè biết để họ không tin tin nhắn vay tiền từ nick của bạn.',
    ],
    check: {
      question: 'Nick của bạn đang nhắn vay tiền bạn bè. Việc nào nên làm trước?',
      options: [
        { text: 'Khôi phục tài khoản, đổi mật khẩu và báo cho bạn bè.', correct: true, feedback: 'Đúng thứ tự. Lấy lại quyền kiểm soát rồi cảnh báo người khác.' },
        { text: 'Lập nick mới và bỏ mặc nick cũ.', correct: false, feedback: 'Nick cũ vẫn tiếp tục lừa bạn bè bạn. Hãy khôi phục và báo cáo nó.' },
      ],
    },
  },
];
