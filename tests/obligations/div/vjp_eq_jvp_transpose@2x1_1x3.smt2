; torchsmt obligation div.vjp_eq_jvp_transpose@2x1_1x3 (lemma, op div, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 1), (1, 3)) params {}, off kinks
(set-info :source |torchsmt lemma div.vjp_eq_jvp_transpose@2x1_1x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- 1.0 (* div!1 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- 1.0 (* div!3 0.0))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- 1.0 (* div!5 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- 0.0 (* div!9 0.0))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- 0.0 (* div!11 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) w_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) w_0_1))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) w_0_2))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) w_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) w_1_1))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) w_1_2))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let ((?x127 (+ div!13 div!14 div!15)))
(let ((?x166 (* div!12 w_1_2)))
(let ((?x165 (* div!10 w_1_1)))
(let ((?x164 (* div!8 w_1_0)))
(let ((?x163 (* div!6 w_0_2)))
(let ((?x162 (* div!4 w_0_1)))
(let ((?x161 (* div!2 w_0_0)))
(let ((?x167 (+ ?x161 ?x162 ?x163 ?x164 ?x165 ?x166)))
(let (($x168 (= ?x167 ?x127)))
(not $x168)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- 1.0 (* div!7 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- 1.0 (* div!9 0.0))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- 1.0 (* div!11 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) w_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) w_0_1))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) w_0_2))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) w_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) w_1_1))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) w_1_2))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let ((?x128 (+ div!16 div!17 div!18)))
(let ((?x166 (* div!12 w_1_2)))
(let ((?x165 (* div!10 w_1_1)))
(let ((?x164 (* div!8 w_1_0)))
(let ((?x163 (* div!6 w_0_2)))
(let ((?x162 (* div!4 w_0_1)))
(let ((?x161 (* div!2 w_0_0)))
(let ((?x167 (+ ?x161 ?x162 ?x163 ?x164 ?x165 ?x166)))
(let (($x193 (= ?x167 ?x128)))
(not $x193)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- 0.0 (* div!1 1.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- 0.0 (* div!7 1.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- 0.0 (* div!9 0.0))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- 0.0 (* div!11 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) w_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) w_0_1))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) w_0_2))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) w_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) w_1_1))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) w_1_2))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let ((?x141 (+ (- (* div!13 div!1)) (- (* div!16 div!7)))))
(let ((?x166 (* div!12 w_1_2)))
(let ((?x165 (* div!10 w_1_1)))
(let ((?x164 (* div!8 w_1_0)))
(let ((?x163 (* div!6 w_0_2)))
(let ((?x162 (* div!4 w_0_1)))
(let ((?x161 (* div!2 w_0_0)))
(let ((?x167 (+ ?x161 ?x162 ?x163 ?x164 ?x165 ?x166)))
(let (($x212 (= ?x167 ?x141)))
(not $x212)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- 0.0 (* div!3 1.0))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- 0.0 (* div!9 1.0))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- 0.0 (* div!11 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) w_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) w_0_1))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) w_0_2))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) w_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) w_1_1))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) w_1_2))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let ((?x142 (+ (- (* div!14 div!3)) (- (* div!17 div!9)))))
(let ((?x166 (* div!12 w_1_2)))
(let ((?x165 (* div!10 w_1_1)))
(let ((?x164 (* div!8 w_1_0)))
(let ((?x163 (* div!6 w_0_2)))
(let ((?x162 (* div!4 w_0_1)))
(let ((?x161 (* div!2 w_0_0)))
(let ((?x167 (+ ?x161 ?x162 ?x163 ?x164 ?x165 ?x166)))
(let (($x221 (= ?x167 ?x142)))
(not $x221)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- 0.0 (* div!5 1.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- 0.0 (* div!9 0.0))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- 0.0 (* div!11 1.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) w_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) w_0_1))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) w_0_2))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) w_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) w_1_1))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) w_1_2))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let ((?x143 (+ (- (* div!15 div!5)) (- (* div!18 div!11)))))
(let ((?x166 (* div!12 w_1_2)))
(let ((?x165 (* div!10 w_1_1)))
(let ((?x164 (* div!8 w_1_0)))
(let ((?x163 (* div!6 w_0_2)))
(let ((?x162 (* div!4 w_0_1)))
(let ((?x161 (* div!2 w_0_0)))
(let ((?x167 (+ ?x161 ?x162 ?x163 ?x164 ?x165 ?x166)))
(let (($x230 (= ?x167 ?x143)))
(not $x230)))))))))))
(check-sat)
