import type { SkillCard } from '../../types';

export const PRIVACY_CARDS_VI: SkillCard[] = [
  {
    id: 'privacyOwnDetails',
    area: 'privacy',
    ageGroups: ['preschool'],
    title: 'Tên và nhà của con',
    body: [
      'Tên thật, nhà con ở đâu và trường của con là điều riêng.',
      'Con không nói những điều đó trên mạng.',
      'Ai hỏi thì con gọi bố mẹ nhé.',
    ],
    check: {
      question: 'Một bạn lạ trên mạng hỏi nhà con ở đâu. Con làm gì?',
      options: [
        { text: 'Không nói và gọi bố mẹ.', correct: true, feedback: 'Con giỏi lắm! Nhà con là điều riêng.' },
        { text: 'Kể cho bạn ấy nghe.', correct: false, feedback: 'Con đừng kể nhé, con gọi bố mẹ đến xem.' },
      ],
    },
  },
  {
    id: 'privacyPhotosAskFirst',
    area: 'privacy',
    ageGroups: ['preschool'],
    title: 'Chụp ảnh thì hỏi trước',
    body: [
      'Trước khi chụp ảnh hay gửi ảnh, con hỏi bố mẹ nhé.',
      'Ảnh của bạn khác thì con cũng hỏi bạn ấy trước.',
    ],
  },
  {
    id: 'privacyCameraPermission',
    area: 'privacy',
    ageGroups: ['preschool'],
    title: 'Máy hỏi bật camera',
    body: [
      'Có lúc máy hỏi xin bật camera hay micro.',
      'Con đừng tự bấm đồng ý, con hỏi người lớn trước.',
    ],
    check: {
      question: 'Máy hiện câu hỏi “Cho phép dùng camera?”. Con làm gì?',
      options: [
        { text: 'Hỏi bố mẹ trước.', correct: true, feedback: 'Đúng rồi! Bố mẹ sẽ giúp con chọn.' },
        { text: 'Tự bấm đồng ý.', correct: false, feedback: 'Con chờ bố mẹ xem cùng nhé.' },
      ],
    },
  },
  {
    id: 'privacyWhatNotToShare',
    area: 'privacy',
    ageGroups: ['primary'],
    title: 'Điều không chia sẻ trên mạng',
    body: [
      'Em không chia sẻ địa chỉ nhà, tên trường, số điện thoại và mật khẩu.',
      'Em cũng không nói khi nào bố mẹ vắng nhà.',
      'Nếu ai đó cứ hỏi những điều này, em kể với bố mẹ.',
    ],
    check: {
      question: 'Điều nào em có thể chia sẻ với bạn chơi game?',
      options: [
        { text: 'Món ăn em thích.', correct: true, feedback: 'Đúng rồi! Sở thích thì chia sẻ được, thông tin riêng thì không.' },
        { text: 'Số điện thoại của mẹ.', correct: false, feedback: 'Số điện thoại là thông tin riêng. Em giữ lại nhé.' },
        { text: 'Địa chỉ nhà em.', correct: false, feedback: 'Địa chỉ nhà cho người lạ biết nơi em sống. Em không chia sẻ nhé.' },
      ],
    },
  },
  {
    id: 'privacyPhotoClues',
    area: 'privacy',
    ageGroups: ['primary'],
    title: 'Ảnh kể nhiều hơn em nghĩ',
    body: [
      'Ảnh có đồng phục, biển tên trường hay số nhà cho người lạ biết em ở đâu.',
      'Trước khi gửi ảnh, em nhìn kỹ phía sau mình có gì.',
      'Em hỏi bố mẹ trước khi đăng ảnh lên mạng.',
    ],
  },
  {
    id: 'privacyFriendsPhotos',
    area: 'privacy',
    ageGroups: ['primary'],
    title: 'Ảnh của bạn bè',
    body: [
      'Ảnh của bạn là của bạn ấy.',
      'Em hỏi bạn trước khi đăng hay gửi ảnh có bạn ấy.',
      'Em không đăng ảnh làm bạn xấu hổ, kể cả để đùa.',
    ],
    check: {
      question: 'Em có ảnh bạn ngủ gật trong lớp trông rất buồn cười. Em làm gì?',
      options: [
        { text: 'Không đăng, hoặc hỏi bạn trước.', correct: true, feedback: 'Tuyệt! Em biết tôn trọng bạn mình.' },
        { text: 'Đăng lên nhóm lớp cho vui.', correct: false, feedback: 'Bạn có thể rất buồn và xấu hổ. Em hỏi bạn trước nhé.' },
      ],
    },
  },
  {
    id: 'privacyLocation',
    area: 'privacy',
    ageGroups: ['lowerSecondary'],
    title: 'Vị trí của bạn',
    body: [
      'Check-in, chia sẻ vị trí trực tiếp và ảnh có gắn vị trí cho người khác biết bạn đang ở đâu.',
      'Hãy tắt vị trí trong ứng dụng không cần đến nó.',
      'Chỉ chia sẻ vị trí trực tiếp với gia đình, không với bạn mới quen trên mạng.',
    ],
    check: {
      question: 'Ai nên thấy vị trí trực tiếp của bạn?',
      options: [
        { text: 'Chỉ gia đình hoặc người bạn thật sự tin.', correct: true, feedback: 'Đúng. Vị trí trực tiếp là thông tin rất riêng tư.' },
        { text: 'Tất cả người theo dõi bạn.', correct: false, feedback: 'Trong số người theo dõi có thể có người lạ. Hãy giới hạn lại.' },
      ],
    },
  },
  {
    id: 'privacySettings',
    area: 'privacy',
    ageGroups: ['lowerSecondary'],
    title: 'Cài đặt quyền riêng tư',
    body: [
      'Hãy đặt tài khoản ở chế độ riêng tư để chỉ người bạn đồng ý mới xem được.',
      'Thỉnh thoảng xem lại danh sách bạn bè và xoá người bạn không quen ngoài đời.',
      'Tắt tuỳ chọn cho người lạ nhắn tin hoặc gắn thẻ bạn.',
    ],
  },
  {
    id: 'privacyOthersConsent',
    area: 'privacy',
    ageGroups: ['lowerSecondary'],
    title: 'Tin nhắn riêng là chuyện riêng',
    body: [
      'Chụp màn hình tin nhắn riêng rồi gửi đi có thể làm tổn thương người tin bạn.',
      'Hỏi ý người trong ảnh trước khi đăng.',
      'Nếu ai đó chia sẻ chuyện riêng của bạn, bạn có quyền yêu cầu gỡ và nhờ người lớn giúp.',
    ],
  },
  {
    id: 'privacyIntimateImages',
    area: 'privacy',
    ageGroups: ['upperSecondary'],
    title: 'Ảnh nhạy cảm: gửi đi là mất kiểm soát',
    body: [
      'Ảnh đã gửi có thể bị lưu, chuyển tiếp hay dùng để đe doạ, dù người nhận từng là người yêu.',
      'Ảnh nhạy cảm của người dưới mười tám tuổi là nội dung xâm hại trẻ em, kể cả khi chính bạn chụp.',
      'Bạn có quyền từ chối mọi lời đề nghị gửi ảnh, dù bị nài nỉ hay dỗi.',
    ],
    check: {
      question: 'Người yêu nài bạn gửi ảnh nhạy cảm “để chứng minh tình cảm”. Điều gì đúng?',
      options: [
        { text: 'Từ chối là quyền của bạn, và người tôn trọng bạn sẽ chấp nhận.', correct: true, feedback: 'Đúng. Tình cảm thật không cần bằng chứng như vậy.' },
        { text: 'Gửi được vì ảnh sẽ tự xoá sau vài giây.', correct: false, feedback: 'Ảnh “tự xoá” vẫn chụp màn hình hoặc quay lại được. Đừng tin vào tính năng đó.' },
      ],
    },
  },
  {
    id: 'privacyIdCards',
    area: 'privacy',
    ageGroups: ['upperSecondary'],
    title: 'Ảnh căn cước và thông tin ngân hàng',
    body: [
      'Đừng gửi ảnh căn cước, tài khoản ngân hàng hay mã OTP cho người tuyển dụng, “cộng tác viên” hay người lạ.',
      'Kẻ gian dùng chúng để mở tài khoản, vay tiền hay lừa người khác dưới tên bạn.',
      'Nếu đã lỡ gửi, hãy báo ngay cho người lớn và ngân hàng.',
    ],
  },
  {
    id: 'privacyAppPermissions',
    area: 'privacy',
    ageGroups: ['upperSecondary'],
    title: 'Quyền truy cập của ứng dụng',
    body: [
      'Trò chơi đoán tính cách hay ứng dụng chỉnh ảnh có thể xin quyền đọc danh bạ, ảnh và vị trí.',
      'Hãy chỉ cấp quyền mà ứng dụng thật sự cần cho việc bạn đang làm.',
      'Định kỳ vào cài đặt để thu hồi quyền của ứng dụng ít dùng.',
    ],
    check: {
      question: 'Ứng dụng đèn pin xin quyền đọc danh bạ. Bạn làm gì?',
      options: [
        { text: 'Từ chối, vì đèn pin không cần danh bạ.', correct: true, feedback: 'Chuẩn. Quyền không liên quan là dấu hiệu cần cảnh giác.' },
        { text: 'Đồng ý cho nhanh.', correct: false, feedback: 'Danh bạ của bạn có thể bị bán hoặc dùng để lừa người quen. Hãy từ chối.' },
      ],
    },
  },
];
